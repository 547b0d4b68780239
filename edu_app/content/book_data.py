"""The book as plain data (JSON's types) and back, checked against the model's type hints.

The start-up cache keeps the loaded book between runs. It used to be a pickle, and a
pickle planted in the cache folder runs code at the next start. Plain data cannot run
anything; and because every value is checked against the model's own type hints on the
way back, a damaged or forged file is refused (and the book loaded again) rather than
handed to the renderer half right. Generic over the dataclasses of `model.py`, so a
field added there needs nothing here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from functools import cache
from pathlib import Path
from typing import Any

from . import model


class BadDataError(ValueError):
    """The data does not have the shape of the model: the cache entry is not used."""


def to_data(value: Any) -> Any:
    """`value` (a model object, or what its fields hold) as JSON's types."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_data(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is None or isinstance(value, str | int | float):
        return value
    raise BadDataError(f"cannot keep a {type(value).__name__} in the cache")


def from_data(tp: Any, data: Any) -> Any:
    """`data` made back into `tp` (a model class or a field's type); BadDataError when
    it does not fit."""
    return _decoder(tp)(data)


Decoder = typing.Callable[[Any], Any]


@cache
def _decoder(tp: Any) -> Decoder:
    """One function per type, made once: a cached start decodes thousands of values."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if dataclasses.is_dataclass(tp):
        return _dataclass_decoder(tp)  # type: ignore[arg-type]
    if origin is typing.Union or origin is types.UnionType:
        return _union_decoder(args)
    if origin is typing.Literal:
        def literal(data: Any) -> Any:
            if data not in args:
                raise BadDataError(f"{data!r:.40} is not one of {args}")
            return data
        return literal
    if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
        parts = [_decoder(a) for a in args]

        def fixed_tuple(data: Any) -> tuple:
            if not isinstance(data, list) or len(data) != len(parts):
                raise BadDataError("not a list of the right length")
            return tuple(part(v) for part, v in zip(parts, data, strict=True))
        return fixed_tuple
    if origin in (list, tuple):
        item, make = _decoder(args[0]), origin

        def sequence(data: Any) -> Any:
            if not isinstance(data, list):
                raise BadDataError("not a list")
            return make(item(v) for v in data)
        return sequence
    if origin is dict:
        value = _decoder(args[1])

        def table(data: Any) -> dict:
            if not isinstance(data, dict):
                raise BadDataError("not a table")
            return {k: value(v) for k, v in data.items()}
        return table
    return _scalar_decoder(tp)


def _dataclass_decoder(cls: type) -> Decoder:
    hints = typing.get_type_hints(cls, vars(model))
    fields = {f.name: _decoder(hints[f.name]) for f in dataclasses.fields(cls)}

    def decode(data: Any) -> Any:
        if not isinstance(data, dict):
            raise BadDataError(f"{cls.__name__}: not a table")
        try:
            return cls(**{k: fields[k](v) for k, v in data.items()})
        except (KeyError, TypeError) as exc:  # an unknown field, or one missing
            raise BadDataError(f"{cls.__name__}: {exc}") from exc
    return decode


def _union_decoder(args: tuple) -> Decoder:
    options = [_decoder(a) for a in args if a is not type(None)]
    nullable = type(None) in args

    def union(data: Any) -> Any:
        if data is None and nullable:
            return None
        for option in options:
            try:
                return option(data)
            except BadDataError:
                continue
        raise BadDataError(f"{data!r:.40} fits none of {args}")
    return union


def _scalar_decoder(tp: Any) -> Decoder:
    if tp is Path:
        def path(data: Any) -> Path:
            if not isinstance(data, str):
                raise BadDataError("a path that is not text")
            return Path(data)
        return path
    if tp is dt.date:
        def date(data: Any) -> dt.date:
            try:
                return dt.date.fromisoformat(data)
            except (TypeError, ValueError) as exc:
                raise BadDataError("not a date") from exc
        return date
    if tp not in (str, int, float, bool):
        raise BadDataError(f"the model has a field of type {tp!r}, which the cache cannot keep")

    def scalar(data: Any) -> Any:
        if type(data) is tp:
            return data
        if tp is float and type(data) is int:
            return float(data)
        raise BadDataError(f"{data!r:.40} is not a {tp.__name__}")
    return scalar


def book_from_data(data: Any) -> model.Book:
    """A `Book` from `to_data(book)`; BadDataError when the data is not one."""
    book = from_data(model.Book, data)
    if not isinstance(book, model.Book):
        raise BadDataError("not a book")
    return book
