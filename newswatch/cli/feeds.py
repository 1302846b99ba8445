"""``newswatch feeds list|validate|add|remove``: the feed list, with each feed's poll state."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from newswatch.cli.command import group, with_settings

if TYPE_CHECKING:
    from newswatch.flows.feeds import FeedSpec
    from newswatch.settings import Settings


@group(help="the feed list: add, list (with poll state), remove, validate")
@click.option("--feeds", "feeds_file", type=click.Path(path_type=Path),
              help="feed list (default: settings feeds_file)")
def feeds(feeds_file: Path | None) -> None:
    pass  # --feeds is read by the command below it, from this group's context: _feed_list


def _feed_list(settings: Settings) -> Path:
    """The feed list the command works on: ``feeds --feeds FILE …``, or the settings' one."""
    return click.get_current_context().parent.params["feeds_file"] or settings.feeds_file


def _refusing_bad_lists(command: Callable[..., int]) -> Callable[..., int]:
    """A feed list that is broken, or would be after the change, is refused in one line: exit 1."""

    @functools.wraps(command)
    def run(settings: Settings, *args: object, **kwargs: object) -> int:
        from newswatch.flows.feeds import FeedListError

        try:
            return command(settings, *args, **kwargs)
        except FeedListError as exc:
            print(f"newswatch feeds: {exc}", file=sys.stderr)
            return 1

    return run


@feeds.command("list", help="every feed with its last poll status, failures and next poll")
@with_settings
@_refusing_bad_lists
def list_feeds(settings: Settings) -> int:
    from newswatch.flows.feeds import load_feed_list

    _print_feeds(load_feed_list(_feed_list(settings)), settings)
    return 0


@feeds.command(help="check the list; each bad entry is named with its problem")
@with_settings
@_refusing_bad_lists
def validate(settings: Settings) -> int:
    from newswatch.flows.feeds import load_feed_list

    path = _feed_list(settings)
    print(f"{path}: {len(load_feed_list(path))} feeds, all valid")
    return 0


@feeds.command(help="append a feed (the list must stay valid)")
@click.argument("url")
@click.option("--name")
@click.option("--tier", help="wire | international | regional | local")
@click.option("--language", help="e.g. en, fr, pt-BR")
@click.option("--interval", type=int, metavar="MINUTES", help="poll interval of this feed")
@with_settings
@_refusing_bad_lists
def add(settings: Settings, url: str, name: str | None, tier: str | None, language: str | None,
        interval: int | None) -> int:
    from newswatch.flows.feeds import add_feed

    path = _feed_list(settings)
    entry = {"url": url, "name": name, "tier": tier, "language": language, "interval_minutes": interval}
    feed = add_feed(path, {k: v for k, v in entry.items() if v is not None})
    print(f"added {feed.url} ({feed.name}, {feed.tier}) to {path}")
    return 0


@feeds.command(help="remove the feed with this url or name")
@click.argument("url", metavar="URL_OR_NAME")
@with_settings
@_refusing_bad_lists
def remove(settings: Settings, url: str) -> int:
    from newswatch.flows.feeds import remove_feed

    path = _feed_list(settings)
    for feed in remove_feed(path, url):
        print(f"removed {feed.url} ({feed.name}) from {path}")
    return 0


def _print_feeds(listed: list[FeedSpec], settings: Settings) -> None:
    from newswatch import db
    from newswatch.flows.schedule import states

    known = states(db.connect(settings), [f.url for f in listed])
    print("status        failures  next poll (UTC)   tier           lang  name — url — last error")
    for feed in listed:
        state = known.get(feed.url)
        status = "disabled" if not feed.enabled else (state.last_status or "?") if state else "never polled"
        due = f"{state.next_poll_at:%Y-%m-%d %H:%M}" if state and state.next_poll_at else "now"
        error = f" — {state.last_error}" if state and state.last_error else ""
        print(f"{status:13s} {state.consecutive_failures if state else 0:8d}  {due:16s}  {feed.tier:13s}  "
              f"{feed.language or '-':4s}  {feed.name} — {feed.url}{error}")
