"""Qt services that are not widgets: settings, fonts, translations, rich text, lazy `Qt`.

The window (`ui/`) and paper (`handout/`) both use them, so they live below both:
`handout` imports these and never `ui`.
"""
