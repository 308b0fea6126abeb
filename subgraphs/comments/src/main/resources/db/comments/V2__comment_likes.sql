-- One row per (comment, user): liking twice is a no-op, so likeComment and unlikeComment are idempotent.
CREATE TABLE comment_like (
	comment_id uuid        NOT NULL REFERENCES comment (id),
	user_id    uuid        NOT NULL,
	created_at timestamptz NOT NULL,
	PRIMARY KEY (comment_id, user_id)
);
-- viewerHasLiked looks up one user's likes among many comments.
CREATE INDEX comment_like_user_idx ON comment_like (user_id, comment_id);
