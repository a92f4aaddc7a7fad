"""Pure text utilities, one copy of each rule: folding, month names, amounts, references, language,
quoted history, e-mail addresses and URLs.

Everything here works on strings and the standard library only; nothing imports the project.
"""
