"""`edu-app handout --out`: only a regular file or a new name is written, never a device,
a pipe or a read-only file; and `--chapters` that names nothing is a usage error."""

from __future__ import annotations

import os
import socket
import stat

import pytest

from .test_cli import run

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.mark.parametrize("chapters", [",, ,", ",", " "])
def test_chapters_naming_nothing_exit_2(chapters, tmp_path, settings, qapp):
    code, out, err = run(["--chapters", chapters, "--out", str(tmp_path / "p.pdf")], settings)
    assert code == 2, err
    assert "--chapters names no chapter" in err
    assert out == "" and not (tmp_path / "p.pdf").exists()


def test_spaces_around_ids_are_forgiven(tmp_path, settings, qapp, book):
    code, _, err = run(["--chapters", f" {book.order[0]} , ", "--out",
                        str(tmp_path / "p.pdf")], settings)
    assert code == 0, err


def test_a_read_only_file_is_not_overwritten(tmp_path, settings, qapp, book):
    """Even as root (who may write anything), a file marked read-only is respected."""
    target = tmp_path / "kept.pdf"
    target.write_bytes(b"the nurse's own file")
    target.chmod(0o444)
    code, _, err = run(["--chapters", book.order[0], "--out", str(target)], settings)
    assert code == 3
    assert f"Cannot write {target}: the file is read-only" in err
    assert target.read_bytes() == b"the nurse's own file"
    assert stat.S_IMODE(target.stat().st_mode) == 0o444
    assert [p.name for p in tmp_path.iterdir()] == ["kept.pdf"]


def special_files(tmp_path):
    made = {}
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe")
        made["pipe"] = tmp_path / "pipe"
    if IS_ROOT and hasattr(os, "mknod"):  # our own copy of /dev/null's device numbers
        os.mknod(tmp_path / "null", 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        made["null"] = tmp_path / "null"
    if hasattr(socket, "AF_UNIX"):
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(tmp_path / "sock"))
        sock.close()
        made["sock"] = tmp_path / "sock"
    os.symlink(tmp_path / "nowhere", tmp_path / "dangling")
    made["dangling"] = tmp_path / "dangling"
    return made


def test_devices_pipes_sockets_and_dangling_links_are_refused(tmp_path, settings, qapp, book):
    for name, target in special_files(tmp_path).items():
        before = os.lstat(target)
        code, _, err = run(["--chapters", book.order[0], "--out", str(target)], settings)
        assert code == 3, (name, err)
        assert f"Cannot write {target}: it is not a regular file" in err, name
        after = os.lstat(target)
        assert stat.S_IFMT(after.st_mode) == stat.S_IFMT(before.st_mode), name
    assert not list(tmp_path.glob(".*.part"))
    assert not (tmp_path / "nowhere").exists()


def test_a_link_to_a_file_is_written_through(tmp_path, settings, qapp, book):
    real = tmp_path / "real.pdf"
    real.write_bytes(b"old")
    link = tmp_path / "link.pdf"
    os.symlink(real, link)
    code, _, err = run(["--chapters", book.order[0], "--out", str(link)], settings)
    assert code == 0, err
    assert link.is_symlink() and real.read_bytes().startswith(b"%PDF")
