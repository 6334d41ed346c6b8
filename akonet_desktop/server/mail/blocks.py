"""Inline-styled HTML building blocks for the mail bodies and link pages.

Email clients drop <style> sheets and most layout CSS, so every block carries its own style and
the structure stays flat: paragraphs, and tables only where a block has a background (the
button, the code box), as mail clients and Qt's rich text (the app's Mailbox) both draw those.
Arguments named `markup` are already-escaped HTML; hrefs and codes are raw and escaped here.
"""

from __future__ import annotations

from html import escape

ACCENT = "#0b5394"
_MONO = "Consolas,Menlo,'DejaVu Sans Mono','Courier New',monospace"


def heading(markup: str) -> str:
    style = "margin:0 0 16px;font-size:22px;line-height:1.3;color:#102a43;"
    return f'<h1 style="{style}">{markup}</h1>'


def paragraph(markup: str, *, small: bool = False) -> str:
    style = "margin:0 0 16px;font-size:14px;color:#486581;" if small else "margin:0 0 16px;"
    return f'<p style="{style}">{markup}</p>'


def button(href: str, markup: str) -> str:
    # A table cell with a background, not a styled link: Outlook and Qt's rich text (the app's
    # Mailbox) ignore padding and block display on links, and drew it as highlighted text.
    return (
        '<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:24px 0;">'
        f'<tr><td bgcolor="{ACCENT}" style="padding:12px 24px;background-color:{ACCENT};border-radius:6px;">'
        f'<a href="{escape(href)}" style="color:#ffffff;font-weight:bold;text-decoration:none;">'
        f'<span style="color:#ffffff;">{markup}</span></a></td></tr></table>'
    )


def link_line(intro_markup: str, href: str) -> str:
    """An introduction then the address itself, visible so it can be copied."""
    link = escape(href)
    return (
        '<p style="margin:0 0 16px;font-size:14px;color:#486581;">'
        f'{intro_markup}<br><a href="{link}" style="color:{ACCENT};word-break:break-all;">'
        f"{link}</a></p>"
    )


def code_box(code: str, *, large: bool = False) -> str:
    # A table cell, for the same reason as the button. user-select:all makes one click select the
    # whole code, ready to copy.
    size = "26px" if large else "18px"
    return (
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:16px 0;">'
        f'<tr><td bgcolor="#f0f4f8" style="padding:12px 16px;background-color:#f0f4f8;'
        f"border:1px solid #bcccdc;border-radius:6px;font-family:{_MONO};font-size:{size};"
        f'letter-spacing:1px;color:#102a43;word-break:break-all;">'
        f'<code style="font-family:{_MONO};user-select:all;-webkit-user-select:all;">'
        f"{escape(code)}</code></td></tr></table>"
    )


def preheader(markup: str) -> str:
    """The preview line shown by mail clients next to the subject, hidden in the body."""
    return f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;" aria-hidden="true">{markup}</div>\n'
