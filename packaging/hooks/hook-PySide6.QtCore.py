# PyInstaller's hook for this Qt module, less what packaging/lean.py leaves out.
from lean import qt_hook

hiddenimports, binaries, datas = qt_hook(__file__)
