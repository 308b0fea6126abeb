CREATE TABLE video (
	id                  uuid PRIMARY KEY,
	owner_id            uuid        NOT NULL,
	title               text        NOT NULL,
	description         text        NOT NULL DEFAULT '',
	tags                text[]      NOT NULL DEFAULT '{}',
	category            text,
	visibility          text        NOT NULL CHECK (visibility IN ('PUBLIC', 'UNLISTED', 'PRIVATE')),
	status              text        NOT NULL CHECK (status IN ('UPLOADING', 'PROCESSING', 'READY', 'FAILED')),
	failure_reason      text,
	processing_progress int         NOT NULL DEFAULT 0 CHECK (processing_progress BETWEEN 0 AND 100),
	source_key          text        NOT NULL,
	source_size         bigint      NOT NULL,
	content_type        text        NOT NULL,
	duration_seconds    double precision,
	width               int,
	height              int,
	master_key          text,
	thumbnail_key       text,
	renditions          jsonb       NOT NULL DEFAULT '[]',
	view_count          bigint      NOT NULL DEFAULT 0 CHECK (view_count >= 0),
	like_count          bigint      NOT NULL DEFAULT 0 CHECK (like_count >= 0),
	created_at          timestamptz NOT NULL,
	updated_at          timestamptz NOT NULL,
	published_at        timestamptz,
	deleted_at          timestamptz,
	purged_at           timestamptz
);
-- Keyset pagination: every listing orders by (key DESC, id DESC).
CREATE INDEX video_owner_idx ON video (owner_id, created_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX video_public_newest_idx ON video (created_at DESC, id DESC)
	WHERE deleted_at IS NULL AND visibility = 'PUBLIC' AND status = 'READY';
CREATE INDEX video_public_views_idx ON video (view_count DESC, id DESC)
	WHERE deleted_at IS NULL AND visibility = 'PUBLIC' AND status = 'READY';
CREATE INDEX video_public_likes_idx ON video (like_count DESC, id DESC)
	WHERE deleted_at IS NULL AND visibility = 'PUBLIC' AND status = 'READY';
CREATE INDEX video_tags_idx ON video USING gin (tags);
CREATE INDEX video_purge_idx ON video (deleted_at) WHERE deleted_at IS NOT NULL AND purged_at IS NULL;

CREATE TABLE video_like (
	video_id   uuid        NOT NULL REFERENCES video (id) ON DELETE CASCADE,
	user_id    uuid        NOT NULL,
	created_at timestamptz NOT NULL,
	PRIMARY KEY (video_id, user_id)
);
CREATE INDEX video_like_user_idx ON video_like (user_id, video_id);

CREATE TABLE playlist (
	id          uuid PRIMARY KEY,
	owner_id    uuid        NOT NULL,
	title       text        NOT NULL,
	description text        NOT NULL DEFAULT '',
	visibility  text        NOT NULL CHECK (visibility IN ('PUBLIC', 'UNLISTED', 'PRIVATE')),
	created_at  timestamptz NOT NULL,
	updated_at  timestamptz NOT NULL
);
CREATE INDEX playlist_owner_idx ON playlist (owner_id, created_at DESC, id DESC);

CREATE TABLE playlist_item (
	playlist_id uuid        NOT NULL REFERENCES playlist (id) ON DELETE CASCADE,
	video_id    uuid        NOT NULL REFERENCES video (id) ON DELETE CASCADE,
	position    int         NOT NULL,
	added_at    timestamptz NOT NULL,
	PRIMARY KEY (playlist_id, video_id),
	-- Checked at the end of each statement, so one UPDATE can shift a range of positions.
	CONSTRAINT playlist_item_position_key UNIQUE (playlist_id, position) DEFERRABLE INITIALLY IMMEDIATE
);
