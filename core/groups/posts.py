"""The group messages that name members, kept so that an erase reaches them too.

A board (`/board` answered in the group, the weekly board) and a closing summary name the
members who chose to appear. When the bot sends one, it keeps the platform's ids of its
messages and whom it names (`Reply.tracked`): the tick as it sends, and an adapter that
sent an answer itself hands them back through `Conversation.posted`.

When one of them erases their data (/delete), the store marks every kept message naming
them in the erase's own transaction (`Posts`), and the tick redoes each one: the message is
composed again for its own day, without them, and edited in place; where it cannot be
edited (gone, too old, or sent as several messages) it is deleted; where it is no longer
there at all, that is logged and it is let go. A failure that may pass (the platform down,
a 429) is tried again later. The marks are rows in the database, so a restart carries on
where it stopped, and redoing a message twice changes nothing.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from datetime import timedelta

from core.engine.context import Ctx
from core.engine.sending import RETRY_AFTER_FAILURE
from core.groups.board import compose, weekly_title
from core.groups.ending import closing_summary
from core.groups.model import Group, GroupChallenge, GroupPost, PostKind
from core.messages import Reply, Tracked
from core.ports import Address, Editor, MessageGone, RecipientGone, SendFailed, Sent

_log = logging.getLogger(__name__)

BATCH = 20
"""Kept messages redone per platform per tick (a minute of a Telegram group's sending); the
rest wait for the next tick."""
EDITED, DELETED, LET_GO, RETRY = "redone", "withdrawn", "let go", "retry"


async def keep(ctx: Ctx, tracked: Tracked | None, sent: Sent | None) -> None:
    """Keep the ids of a sent reply's messages when it is tracked and names anyone."""
    if tracked is None or not tracked.named or not sent:
        return
    post = GroupPost(0, tracked.challenge_id, PostKind(tracked.kind), tracked.day, tuple(sent))
    await ctx.store.keep_post(post, tracked.named, ctx.now())


async def compose_again(
    ctx: Ctx, group: Group, challenge: GroupChallenge, post: GroupPost
) -> Reply:
    """The message as it would be composed for its day now, with whoever erased left out."""
    if post.kind is PostKind.BOARD:
        return await compose(ctx, group, challenge, as_of=post.day)
    if post.kind is PostKind.WEEKLY:
        title = weekly_title(challenge, post.day)
        return await compose(ctx, group, challenge, title=title, kind=post.kind, as_of=post.day)
    stopped = post.kind is PostKind.STOPPED
    return await closing_summary(ctx, group, challenge, stopped=stopped, as_of=post.day)


class Redo:
    """The tick's part: redo the kept messages an erase marked, a batch per platform."""

    def __init__(self, ctx: Ctx, editor: Editor | None) -> None:
        self.ctx = ctx
        self.editor = editor

    async def run(self, platform: str | None, may_go: Callable[[], bool]) -> Counter[str]:
        """`may_go` is asked before each message: a stop (or a stale heartbeat) leaves the
        rest marked for the next start."""
        ended: Counter[str] = Counter()
        if self.editor is None or not may_go():
            return ended
        for post in await self.ctx.store.posts_to_redo(self.ctx.now(), BATCH, platform):
            if not may_go():
                break
            ended[await self._one(self.editor, post)] += 1
        return ended

    async def _one(self, editor: Editor, post: GroupPost) -> str:
        store = self.ctx.store
        challenge = await store.group_challenge(post.challenge_id)
        group = await store.group(challenge.group_id) if challenge else None
        if challenge is None or group is None:
            await store.post_redone(post, None)
            return LET_GO
        address = Address(group.platform, group.chat_id, group=True)
        try:
            if len(post.message_ids) == 1:
                reply = await compose_again(self.ctx, group, challenge, post)
                try:
                    await editor.edit_message(address, post.message_ids[0], reply)
                except MessageGone:
                    _log.info("group %d: a kept message could not be edited; deleting it", group.id)
                else:
                    await store.post_redone(post, reply.tracked.named if reply.tracked else ())
                    return EDITED
            deleted = 0
            for message_id in post.message_ids:
                try:
                    await editor.delete_message(address, message_id)
                    deleted += 1
                except MessageGone:
                    _log.info("group %d: a kept message was gone already; let go", group.id)
        except RecipientGone:  # the bot is no longer in the group: nothing left to change
            _log.info("group %d is closed to the bot; its kept messages are let go", group.id)
            await store.post_redone(post, None)
            return LET_GO
        except SendFailed as error:
            wait = max(RETRY_AFTER_FAILURE, timedelta(seconds=error.retry_after or 0))
            _log.warning(
                "group %d: redoing a kept message failed (%s); trying again in %.0f s",
                group.id,
                type(error).__name__,
                wait.total_seconds(),
            )
            await store.retry_post(post.id, self.ctx.now() + wait)
            return RETRY
        await store.post_redone(post, None)
        return DELETED if deleted else LET_GO
