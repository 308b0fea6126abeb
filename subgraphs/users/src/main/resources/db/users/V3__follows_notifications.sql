CREATE TABLE follow (
	follower_id uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
	followee_id uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
	created_at  timestamptz NOT NULL,
	PRIMARY KEY (follower_id, followee_id),
	CHECK (follower_id <> followee_id)
);
CREATE INDEX follow_followee_idx ON follow (followee_id, created_at DESC, follower_id DESC);
CREATE INDEX follow_follower_idx ON follow (follower_id, created_at DESC, followee_id DESC);

CREATE TABLE notification (
	id           uuid PRIMARY KEY,
	recipient_id uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
	kind         text        NOT NULL,
	subject_type text        NOT NULL,
	subject_id   uuid        NOT NULL,
	actor_id     uuid,
	read_at      timestamptz,
	created_at   timestamptz NOT NULL
);
CREATE INDEX notification_recipient_idx ON notification (recipient_id, created_at DESC, id DESC);
