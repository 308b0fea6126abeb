package io.streamhub.availability.platforms;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import io.streamhub.platform.errors.BadUserInputException;
import io.streamhub.platform.errors.NotFoundException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Platforms: lookup, administration (validated input), and the platforms of configured
 * feeds.
 */
@Service
public class PlatformService {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");

	private final PlatformRepository repository;

	PlatformService(PlatformRepository repository) {
		this.repository = repository;
	}

	/**
	 * Every platform, by name.
	 * @return the platforms
	 */
	public Flux<Platform> all() {
		return this.repository.findAll();
	}

	/**
	 * A platform by id.
	 * @param id the id
	 * @return the platform, empty when unknown
	 */
	public Mono<Platform> find(UUID id) {
		return this.repository.findAllById(List.of(id)).next();
	}

	/**
	 * A platform by slug.
	 * @param slug the slug
	 * @return the platform, empty when unknown
	 */
	public Mono<Platform> findBySlug(String slug) {
		return this.repository.findBySlug(slug);
	}

	/**
	 * The platform of a configured feed, created when missing.
	 * @param slug the feed's slug
	 * @param name the display name to create it with
	 * @return the platform
	 */
	public Mono<Platform> ensure(String slug, String name) {
		return this.repository.findBySlug(slug)
			.switchIfEmpty(
					Mono.defer(() -> this.repository.insert(new Platform(UUID.randomUUID(), name, slug, null, null))))
			.switchIfEmpty(Mono.defer(() -> this.repository.findBySlug(slug)));
	}

	Mono<Platform> create(String name, String slug, @Nullable String logoUrl, @Nullable String homepageUrl) {
		if (!SLUG.matcher(slug).matches()) {
			throw new BadUserInputException("slug",
					"1-40 characters of a-z, 0-9 and '-', not starting or ending with '-'");
		}
		Platform platform = new Platform(UUID.randomUUID(), name(name), slug, url(logoUrl, "logoUrl"),
				url(homepageUrl, "homepageUrl"));
		return this.repository.insert(platform)
			.switchIfEmpty(Mono.error(() -> new BadUserInputException("slug", "Already taken")));
	}

	Mono<Platform> update(UUID id, @Nullable String name, @Nullable String logoUrl, @Nullable String homepageUrl) {
		String newName = (name != null) ? name(name) : null;
		String logo = url(logoUrl, "logoUrl");
		String home = url(homepageUrl, "homepageUrl");
		return find(id).switchIfEmpty(Mono.error(() -> new NotFoundException("No such platform")))
			.flatMap((old) -> this.repository.update(new Platform(id, Optional.ofNullable(newName).orElse(old.name()),
					old.slug(), Optional.ofNullable(logo).orElse(old.logoUrl()),
					Optional.ofNullable(home).orElse(old.homepageUrl()))));
	}

	private static String name(String name) {
		String trimmed = name.strip();
		if (trimmed.isEmpty() || trimmed.length() > 100) {
			throw new BadUserInputException("name", "1-100 characters");
		}
		return trimmed;
	}

	/**
	 * Validates an optional http(s) URL.
	 * @param value the value
	 * @param field the argument name, reported in the error
	 * @return the value
	 */
	public static @Nullable String url(@Nullable String value, String field) {
		if (value == null) {
			return null;
		}
		try {
			URI uri = new URI(value);
			boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
			if (web && uri.getHost() != null && value.length() <= 2000) {
				return value;
			}
		}
		catch (URISyntaxException ex) {
			// reported below
		}
		throw new BadUserInputException(field, "Must be an http(s) URL");
	}

}
