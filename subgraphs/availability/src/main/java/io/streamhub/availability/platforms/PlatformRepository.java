package io.streamhub.availability.platforms;

import java.util.Collection;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

/**
 * Table {@code platform}.
 */
@Repository
class PlatformRepository {

	private static final String COLUMNS = "id, name, slug, logo_url, homepage_url";

	private final DatabaseClient db;

	PlatformRepository(DatabaseClient db) {
		this.db = db;
	}

	Flux<Platform> findAllById(Collection<UUID> ids) {
		return this.db.sql("SELECT " + COLUMNS + " FROM platform WHERE id = ANY(:ids)")
			.bind("ids", ids.toArray(UUID[]::new))
			.map((row, meta) -> platform(row))
			.all();
	}

	Flux<Platform> findAll() {
		return this.db.sql("SELECT " + COLUMNS + " FROM platform ORDER BY name, id")
			.map((row, meta) -> platform(row))
			.all();
	}

	Mono<Platform> findBySlug(String slug) {
		return this.db.sql("SELECT " + COLUMNS + " FROM platform WHERE slug = :slug")
			.bind("slug", slug)
			.map((row, meta) -> platform(row))
			.one();
	}

	/** Inserts a platform; empty when the slug is taken. */
	Mono<Platform> insert(Platform platform) {
		return this.db.sql(
				"INSERT INTO platform (id, name, slug, logo_url, homepage_url) VALUES (:id, :name, :slug, :logo, :home) "
						+ "ON CONFLICT (slug) DO NOTHING RETURNING " + COLUMNS)
			.bind("id", platform.id())
			.bind("name", platform.name())
			.bind("slug", platform.slug())
			.bind("logo", nullable(platform.logoUrl()))
			.bind("home", nullable(platform.homepageUrl()))
			.map((row, meta) -> platform(row))
			.one();
	}

	Mono<Platform> update(Platform platform) {
		return this.db
			.sql("UPDATE platform SET name = :name, logo_url = :logo, homepage_url = :home WHERE id = :id RETURNING "
					+ COLUMNS)
			.bind("id", platform.id())
			.bind("name", platform.name())
			.bind("logo", nullable(platform.logoUrl()))
			.bind("home", nullable(platform.homepageUrl()))
			.map((row, meta) -> platform(row))
			.one();
	}

	private static Object nullable(@Nullable String value) {
		return (value != null) ? value : Parameter.empty(String.class);
	}

	private static Platform platform(Readable row) {
		return new Platform(row.get("id", UUID.class), row.get("name", String.class), row.get("slug", String.class),
				row.get("logo_url", String.class), row.get("homepage_url", String.class));
	}

}
