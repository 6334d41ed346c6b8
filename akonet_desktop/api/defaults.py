"""The defaults of the server settings that GET /settings serves, declared once.

The server's settings (server/settings.py) take their defaults from here. A client shows these
until its server has answered, and with a server older than GET /settings, which cannot say and
most likely runs with them. Light on purpose: the sign-in window reads it before it paints.
"""

from akonet_desktop.api.links import INVITATION_LINK, PASSWORD_RESET_LINK

LOCKOUT_THRESHOLD = 6  # the user guide: six wrong passwords in a row block the account
RESET_LINK_MINUTES = PASSWORD_RESET_LINK.lifetime.default_minutes  # declared with its link kind
INVITATION_LINK_MINUTES = INVITATION_LINK.lifetime.default_minutes
