"""feed schedule (next poll, status, backlog) and produced articles (URL de-duplication, SimHash)

Revision ID: 0002
Revises: 0001
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('produced_articles',
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('feed_url', sa.Text(), nullable=False),
    sa.Column('fingerprint', sa.String(length=16), nullable=True),
    sa.Column('near_duplicate_of', sa.String(length=16), nullable=True),
    sa.Column('produced_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('article_id')
    )
    with op.batch_alter_table('produced_articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_produced_articles_produced_at'), ['produced_at'], unique=False)

    with op.batch_alter_table('feed_state', schema=None) as batch_op:
        batch_op.add_column(sa.Column('next_poll_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('last_status', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('backlog', sa.Integer(), server_default='0', nullable=False))
        batch_op.create_index(batch_op.f('ix_feed_state_next_poll_at'), ['next_poll_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('feed_state', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_feed_state_next_poll_at'))
        batch_op.drop_column('backlog')
        batch_op.drop_column('last_status')
        batch_op.drop_column('next_poll_at')

    with op.batch_alter_table('produced_articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_produced_articles_produced_at'))

    op.drop_table('produced_articles')
