"""What an AT-SPI client (a screen reader) sees of the app: run by the system's python3.

pyatspi is a Debian package (python3-pyatspi) for the system interpreter, not a wheel,
so the tests run this file with /usr/bin/python3 in the app's private D-Bus session and
read its JSON answer. Usage: `atspi_reader.py PID COMMAND...`, commands being

    tree                     the application's accessible tree (one dict per object)
    do PATH ACTION           perform an object's action (PATH: child indexes, "0.2.1")
    keys N KEY...            type N keys (X keysyms: Return, Escape, Down, h; ctrl+f)
    focused                  the focused object
    wait SECONDS             let the application work

Every command's result is one element of the printed JSON list.
"""

import json
import sys
import time

import pyatspi

CONTROL_L = 37  # its key code in Xvfb's default keymap
KEYSYMS = {"Return": 0xFF0D, "Escape": 0xFF1B, "Down": 0xFF54, "Up": 0xFF52, "Tab": 0xFF09,
           "Home": 0xFF50, "End": 0xFF57, "Right": 0xFF53, "Left": 0xFF51}


def application(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for _ in range(100):
        for app in desktop:
            if app is not None and app.get_process_id() == pid:
                return app
        time.sleep(0.1)
    raise SystemExit(f"no accessible application with pid {pid}")


def describe(acc, path):
    node = {"path": path, "role": acc.getRoleName(), "name": acc.name or "",
            "description": acc.description or "", "states": [], "actions": [],
            "attributes": dict(a.split(":", 1) for a in acc.getAttributes() if ":" in a)}
    node["states"] = sorted(pyatspi.stateToString(s) for s in acc.getState().getStates())
    interfaces = pyatspi.listInterfaces(acc)
    node["interfaces"] = list(interfaces)
    if "Action" in interfaces:
        action = acc.queryAction()
        node["actions"] = [action.getName(i) for i in range(action.nActions)]
    if "Text" in interfaces:
        text = acc.queryText()
        node["text"] = text.getText(0, -1)
        node["caret"] = text.caretOffset
    return node


def walk(acc, path, out, depth=0):
    out.append(describe(acc, path))
    if depth > 40:
        return
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is not None:
            walk(child, f"{path}.{i}" if path else str(i), out, depth + 1)


def at(app, path):
    acc = app
    for index in filter(None, path.split(".")):
        acc = acc.getChildAtIndex(int(index))
    return acc


def main(argv):
    pid = int(argv[0])
    app = application(pid)
    results, args = [], list(argv[1:])
    while args:
        command = args.pop(0)
        if command == "tree":
            nodes = []
            walk(app, "", nodes)
            results.append(nodes)
        elif command == "do":
            path, name = args.pop(0), args.pop(0)
            action = at(app, path).queryAction()
            names = [action.getName(i) for i in range(action.nActions)]
            results.append(action.doAction(names.index(name)))
        elif command == "keys":
            count = int(args.pop(0))
            for _ in range(count):
                key = args.pop(0)
                if key.startswith("ctrl+"):
                    pyatspi.Registry.generateKeyboardEvent(CONTROL_L, None, pyatspi.KEY_PRESS)
                    pyatspi.Registry.generateKeyboardEvent(ord(key[5:]), None, pyatspi.KEY_SYM)
                    pyatspi.Registry.generateKeyboardEvent(CONTROL_L, None, pyatspi.KEY_RELEASE)
                elif key.startswith("code:"):
                    pyatspi.Registry.generateKeyboardEvent(int(key[5:]), None,
                                                           pyatspi.KEY_PRESSRELEASE)
                else:
                    code = KEYSYMS.get(key) or ord(key)
                    pyatspi.Registry.generateKeyboardEvent(code, None, pyatspi.KEY_SYM)
                time.sleep(0.15)
            results.append(count)
        elif command == "focused":
            nodes = []
            walk(app, "", nodes)
            results.append([n for n in nodes if "focused" in n["states"]])
        elif command == "wait":
            time.sleep(float(args.pop(0)))
            results.append(None)
        else:
            raise SystemExit(f"unknown command {command}")
    print(json.dumps(results, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
