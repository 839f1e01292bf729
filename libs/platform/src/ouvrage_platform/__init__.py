"""The HTTP/service kit shared by the Ouvrage services (see libs/platform/README.md).

Import from the modules (`ouvrage_platform.app`, `.auth`, `.errors`...): nothing is re-exported
here, so importing one piece does not pull in the others.
"""
