-- What comments knows of videos: a projection of events:videos (the videos service owns videos).
CREATE TABLE video_access (
	video_id   uuid PRIMARY KEY,
	owner_id   uuid        NOT NULL,
	visibility text        NOT NULL,
	status     text        NOT NULL,
	deleted    boolean     NOT NULL DEFAULT false,
	updated_at timestamptz NOT NULL
);

CREATE TABLE comment (
	id         uuid PRIMARY KEY,
	video_id   uuid        NOT NULL,
	parent_id  uuid REFERENCES comment (id),
	author_id  uuid        NOT NULL,
	body       text        NOT NULL,
	created_at timestamptz NOT NULL,
	edited_at  timestamptz,
	deleted_at timestamptz
);
-- Keyset pagination: top-level comments newest first, replies oldest first.
CREATE INDEX comment_video_idx ON comment (video_id, created_at DESC, id DESC) WHERE parent_id IS NULL AND deleted_at IS NULL;
CREATE INDEX comment_parent_idx ON comment (parent_id, created_at, id) WHERE parent_id IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX comment_video_count_idx ON comment (video_id) WHERE deleted_at IS NULL;
