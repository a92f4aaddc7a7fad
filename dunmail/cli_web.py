"""CLI commands of the web area, mounted on the main `dunmail` app by register()."""

from __future__ import annotations

import os
import sys

import typer

from dunmail.cli_support import fail, migrated_engine

users_app = typer.Typer(help="Logins for the approval web app (collector, manager, viewer).", no_args_is_help=True)
PASSWORD_ENV = "DUNMAIL_NEW_PASSWORD"


def read_new_password() -> str:
    """The new login's password: from DUNMAIL_NEW_PASSWORD, else the first line of a piped stdin,
    else asked twice at the terminal. Never an argument, so it stays out of shell history and `ps`."""
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if not sys.stdin.isatty():  # piped or redirected: no terminal to hide the echo on, so no prompt (and no warning)
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            fail(f"no password: pipe it on stdin or set {PASSWORD_ENV}")
        return line
    return typer.prompt("Password", hide_input=True, confirmation_prompt=True)


@users_app.command("add")
def add(username: str = typer.Argument(..., help="the login name"), role: str = typer.Option("collector", "--role", "-r", help="collector | manager | viewer"),
        reset: bool = typer.Option(False, "--reset", help="if the login exists, give it this password and role (audited; ends its sessions)")) -> None:
    """Create a login; an existing name is refused unless --reset is given. The password is read from
    DUNMAIL_NEW_PASSWORD, from stdin when piped, or asked for at the terminal."""
    from adapters.db.db import session_scope
    from dunmail.users import ROLES, UserError, UserExists, create_user, find_user

    if role not in ROLES:  # before asking for a password that would be thrown away
        fail(f"role must be one of {', '.join(ROLES)}")
    password = read_new_password()
    engine = migrated_engine()
    try:
        with session_scope(engine) as session:
            existed = find_user(session, username.strip()) is not None
            create_user(session, username.strip(), password, role, actor="cli", reset=reset)
    except UserExists as exc:
        fail(f"{exc}: nothing was changed (add --reset to give it a new password and role)")
    except UserError as exc:
        fail(str(exc))
    finally:
        engine.dispose()
    typer.echo(f"user {username.strip()} {'reset' if existed else 'added'} ({role})")


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
    from adapters.db.db import session_scope
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
