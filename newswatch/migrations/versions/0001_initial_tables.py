"""initial tables

Revision ID: 0001
Revises: 
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('articles',
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('publisher', sa.Text(), nullable=True),
    sa.Column('published', sa.String(length=40), nullable=True),
    sa.Column('near_duplicate_of', sa.String(length=16), nullable=True),
    sa.Column('meetings_found', sa.Integer(), nullable=False),
    sa.Column('processed_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('article_id')
    )
    op.create_table('feed_state',
    sa.Column('feed_url', sa.String(length=2048), nullable=False),
    sa.Column('etag', sa.Text(), nullable=True),
    sa.Column('last_modified', sa.Text(), nullable=True),
    sa.Column('last_polled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_success_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('consecutive_failures', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('feed_url')
    )
    op.create_table('meetings',
    sa.Column('meeting_id', sa.String(length=16), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('date_precision', sa.String(length=8), nullable=True),
    sa.Column('anchor_day', sa.String(length=10), nullable=False),
    sa.Column('location', sa.Text(), nullable=True),
    sa.Column('participants', sa.JSON(), nullable=False),
    sa.Column('topics', sa.JSON(), nullable=False),
    sa.Column('source_count', sa.Integer(), nullable=False),
    sa.Column('independent_sources', sa.Integer(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('first_seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('meeting_id')
    )
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meetings_anchor_day'), ['anchor_day'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_date'), ['date'], unique=False)

    op.create_table('seen_items',
    sa.Column('item_key', sa.String(length=64), nullable=False),
    sa.Column('feed_url', sa.Text(), nullable=False),
    sa.Column('link', sa.Text(), nullable=False),
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('produced_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('item_key')
    )
    with op.batch_alter_table('seen_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_seen_items_article_id'), ['article_id'], unique=False)

    subscriptions = op.create_table('subscriptions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('target', sa.Text(), nullable=True),
    sa.Column('secret', sa.Text(), nullable=True),
    sa.Column('filters', sa.JSON(), nullable=False),
    sa.Column('updates', sa.String(length=8), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('article_meetings',
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.meeting_id'], ),
    sa.PrimaryKeyConstraint('article_id', 'ordinal')
    )
    op.create_table('deliveries',
    sa.Column('alert_id', sa.String(length=32), nullable=False),
    sa.Column('subscription_id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.String(length=16), nullable=False),
    sa.Column('alert_kind', sa.String(length=16), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('claimed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('delivered_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.meeting_id'], ),
    sa.ForeignKeyConstraint(['subscription_id'], ['subscriptions.id'], ),
    sa.PrimaryKeyConstraint('alert_id'),
    sa.UniqueConstraint('subscription_id', 'meeting_id', 'alert_kind', 'revision')
    )
    with op.batch_alter_table('deliveries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deliveries_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deliveries_state'), ['state'], unique=False)
        batch_op.create_index(batch_op.f('ix_deliveries_subscription_id'), ['subscription_id'], unique=False)

    op.create_table('meeting_participants',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('meeting_id', sa.String(length=16), nullable=False),
    sa.Column('normalized', sa.String(length=200), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.meeting_id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('meeting_id', 'normalized')
    )
    with op.batch_alter_table('meeting_participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_participants_country'), ['country'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_participants_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_participants_normalized'), ['normalized'], unique=False)

    op.create_table('meeting_sources',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('meeting_id', sa.String(length=16), nullable=False),
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('origin_article_id', sa.String(length=16), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('publisher', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('attribution', sa.Text(), nullable=True),
    sa.Column('reported_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.meeting_id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('meeting_id', 'article_id')
    )
    with op.batch_alter_table('meeting_sources', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_sources_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_sources_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('status_changes',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('meeting_id', sa.String(length=16), nullable=False),
    sa.Column('old_status', sa.String(length=16), nullable=False),
    sa.Column('new_status', sa.String(length=16), nullable=False),
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.meeting_id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('status_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_status_changes_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('delivery_attempts',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('alert_id', sa.String(length=32), nullable=False),
    sa.Column('attempted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ok', sa.Boolean(), nullable=False),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['alert_id'], ['deliveries.alert_id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('delivery_attempts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_delivery_attempts_alert_id'), ['alert_id'], unique=False)

    # Out of the box every alert goes to the alerts topic and the console; both are ordinary
    # subscriptions that `newswatch subscriptions remove` can switch off.
    now = datetime.now(UTC)
    no_filters = {"participants": [], "countries": [], "kinds": [], "statuses": [], "keywords": [], "min_sources": 1}
    op.bulk_insert(subscriptions, [
        {"name": "alerts-topic", "channel": "kafka", "target": None, "secret": None, "filters": no_filters,
         "updates": "all", "active": True, "created_at": now},
        {"name": "console", "channel": "console", "target": None, "secret": None, "filters": no_filters,
         "updates": "all", "active": True, "created_at": now},
    ])


def downgrade() -> None:
    with op.batch_alter_table('delivery_attempts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_delivery_attempts_alert_id'))

    op.drop_table('delivery_attempts')
    with op.batch_alter_table('status_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_status_changes_meeting_id'))

    op.drop_table('status_changes')
    with op.batch_alter_table('meeting_sources', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_sources_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_sources_article_id'))

    op.drop_table('meeting_sources')
    with op.batch_alter_table('meeting_participants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_participants_normalized'))
        batch_op.drop_index(batch_op.f('ix_meeting_participants_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_participants_country'))

    op.drop_table('meeting_participants')
    with op.batch_alter_table('deliveries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deliveries_subscription_id'))
        batch_op.drop_index(batch_op.f('ix_deliveries_state'))
        batch_op.drop_index(batch_op.f('ix_deliveries_meeting_id'))

    op.drop_table('deliveries')
    op.drop_table('article_meetings')
    op.drop_table('subscriptions')
    with op.batch_alter_table('seen_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_seen_items_article_id'))

    op.drop_table('seen_items')
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meetings_date'))
        batch_op.drop_index(batch_op.f('ix_meetings_anchor_day'))

    op.drop_table('meetings')
    op.drop_table('feed_state')
    op.drop_table('articles')
