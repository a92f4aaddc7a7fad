"""field7: a seventh hand-written held-out split (hairdressers, garden centres, cinemas, translators, bike shops,
recyclers, cruise suppliers, an abbey guesthouse, a football club, toy wholesalers). Never train on it."""
