-- What availability knows of videos: a projection of events:videos (the videos service owns videos).
CREATE TABLE video_access (
	video_id   uuid PRIMARY KEY,
	owner_id   uuid        NOT NULL,
	visibility text        NOT NULL,
	status     text        NOT NULL,
	deleted    boolean     NOT NULL DEFAULT false,
	updated_at timestamptz NOT NULL
);

CREATE TABLE platform (
	id           uuid PRIMARY KEY,
	slug         text        NOT NULL UNIQUE,
	name         text        NOT NULL,
	logo_url     text,
	homepage_url text,
	created_at   timestamptz NOT NULL DEFAULT now()
);

-- The last known offer of a platform for a video in a region; kept (available = false) once withdrawn.
CREATE TABLE offer (
	video_id         uuid          NOT NULL,
	platform_id      uuid          NOT NULL REFERENCES platform (id),
	region           text          NOT NULL,
	available        boolean       NOT NULL,
	offer_type       text          NOT NULL,
	url              text,
	price_amount     numeric(12, 2),
	price_currency   text,
	last_verified_at timestamptz   NOT NULL,
	PRIMARY KEY (video_id, platform_id, region)
);
CREATE INDEX offer_platform_idx ON offer (platform_id, video_id);

CREATE TABLE watchlist (
	user_id  uuid        NOT NULL,
	video_id uuid        NOT NULL,
	added_at timestamptz NOT NULL,
	PRIMARY KEY (user_id, video_id)
);
CREATE INDEX watchlist_page_idx ON watchlist (user_id, added_at DESC, video_id DESC);
CREATE INDEX watchlist_video_idx ON watchlist (video_id);

-- Webhook deliveries already applied (replay protection), written with the changes they carry.
CREATE TABLE webhook_delivery (
	platform_id  uuid        NOT NULL,
	delivery_id  text        NOT NULL,
	received_at  timestamptz NOT NULL,
	PRIMARY KEY (platform_id, delivery_id)
);
CREATE INDEX webhook_delivery_received_idx ON webhook_delivery (received_at);
