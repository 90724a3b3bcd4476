"""Server-rendered web pages of central: the shopper's returns page and the back office.

Shared pieces (templates, translations, CSRF, headers, cookies, rate limits) are in
``central.web.base``; each page family keeps its routes in its own module.
"""
