"""CLI commands of the web area, mounted on the main `dunmail` app by register()."""

from __future__ import annotations

import os

import typer

from dunmail.cli_support import fail, migrated_engine

users_app = typer.Typer(help="Logins for the approval web app (collector, manager, viewer).", no_args_is_help=True)


@users_app.command("add")
def add(username: str = typer.Argument(..., help="the login name"), role: str = typer.Option("collector", "--role", "-r", help="collector | manager | viewer")) -> None:
    """Create a user, or reset an existing user's password and role. The password is read from
    DUNMAIL_NEW_PASSWORD or asked for (never taken as an argument, so it stays out of shell history)."""
    from dunmail.db import session_scope
    from dunmail.users import UserError, create_user

    password = os.environ.get("DUNMAIL_NEW_PASSWORD") or typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    engine = migrated_engine()
    try:
        with session_scope(engine) as session:
            create_user(session, username.strip(), password, role, actor="cli")
    except UserError as exc:
        fail(str(exc))
    finally:
        engine.dispose()
    typer.echo(f"user {username} saved ({role})")


@users_app.command("list")
def list_cmd() -> None:
    """The active users and their roles."""
    from sqlmodel import Session

    from dunmail.users import list_users

    engine = migrated_engine()
    with Session(engine) as session:
        for user in list_users(session):
            typer.echo(f"{user.username}\t{user.role}")
    engine.dispose()


@users_app.command("disable")
def disable(username: str) -> None:
    """Stop a user from logging in; their open sessions end at the next request."""
    from dunmail.db import session_scope
    from dunmail.users import UserError, set_active

    engine = migrated_engine()
    try:
        with session_scope(engine) as session:
            set_active(session, username, False)
    except UserError as exc:
        fail(str(exc))
    finally:
        engine.dispose()
    typer.echo(f"user {username} disabled")


def register(app: typer.Typer) -> None:
    """Add this area's commands to the main CLI: `dunmail user add|list|disable`."""
    app.add_typer(users_app, name="user")
