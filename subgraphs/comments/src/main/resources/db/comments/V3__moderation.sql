-- Moderation: a comment is VISIBLE, HIDDEN pending review, or DELETED (rows with deleted_at).
-- reviewed_at: when an admin approved it; reports up to then no longer count towards hiding it.
ALTER TABLE comment ADD COLUMN status text NOT NULL DEFAULT 'VISIBLE';
ALTER TABLE comment ADD COLUMN reviewed_at timestamptz;

-- One report per user and comment: reporting twice counts once.
CREATE TABLE comment_report (
	comment_id uuid        NOT NULL REFERENCES comment (id),
	user_id    uuid        NOT NULL,
	reason     text        NOT NULL,
	created_at timestamptz NOT NULL,
	PRIMARY KEY (comment_id, user_id)
);

-- The moderation queue: hidden comments, oldest first.
CREATE INDEX comment_hidden_idx ON comment (created_at, id) WHERE status = 'HIDDEN' AND deleted_at IS NULL;
