"""initial tables

Revision ID: 0001
Revises: 
"""

from alembic import op
import sqlalchemy as sa


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
    sa.Column('location', sa.Text(), nullable=True),
    sa.Column('participants', sa.JSON(), nullable=False),
    sa.Column('topics', sa.JSON(), nullable=False),
    sa.Column('source_count', sa.Integer(), nullable=False),
    sa.Column('first_seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('meeting_id')
    )
    with op.batch_alter_table('meetings', schema=None) as batch_op:
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

    op.create_table('alert_outbox',
    sa.Column('alert_id', sa.String(length=32), nullable=False),
    sa.Column('meeting_id', sa.String(length=16), nullable=False),
    sa.Column('alert_kind', sa.String(length=16), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('delivered_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.meeting_id'], ),
    sa.PrimaryKeyConstraint('alert_id'),
    sa.UniqueConstraint('meeting_id', 'alert_kind', 'revision')
    )
    with op.batch_alter_table('alert_outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_alert_outbox_delivered_at'), ['delivered_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_alert_outbox_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('meeting_sources',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('meeting_id', sa.String(length=16), nullable=False),
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('publisher', sa.Text(), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('attribution', sa.Text(), nullable=True),
    sa.Column('reported_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.meeting_id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('meeting_id', 'article_id')
    )
    with op.batch_alter_table('meeting_sources', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_sources_meeting_id'), ['meeting_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('meeting_sources', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_sources_meeting_id'))

    op.drop_table('meeting_sources')
    with op.batch_alter_table('alert_outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_alert_outbox_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_alert_outbox_delivered_at'))

    op.drop_table('alert_outbox')
    with op.batch_alter_table('seen_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_seen_items_article_id'))

    op.drop_table('seen_items')
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meetings_date'))

    op.drop_table('meetings')
    op.drop_table('feed_state')
    op.drop_table('articles')
