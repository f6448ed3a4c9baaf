"""Secrets the alert and Redis tests plant in the environment (issue 13): each must never
appear in a table, a log line or a command's output."""

from __future__ import annotations

# named as ${VAR} in the tests' alert rules files
SECRETS = {
    "KHAO_LINE_TOKEN": "KhaoLineSecretTokenABCDEF0123456789",
    "KHAO_PUSHOVER_USER": "uKhaoPushoverUserKey0123456789",
    "KHAO_PUSHOVER_TOKEN": "aKhaoPushoverAppToken0123456789",
    "KHAO_SLACK_A": "T1JJ3TKhaoSlackA",
    "KHAO_SLACK_B": "B1JJ3TKhaoSlackB",
    "KHAO_SLACK_C": "KhaoSlackSecretTokenC0123456789",
}
TELEGRAM_BOT_ID, TELEGRAM_SECRET = "987654321", "AAHKhaoTelegramSecretToken0123456789ab"
REDIS_PASSWORD = "KhaoRedisPassw0rd-Secret-4412"
