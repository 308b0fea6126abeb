package io.streamhub.availability.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.streamhub.availability.config.AvailabilityProperties;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The configured feeds ({@code availability.feeds.<slug>} with a {@code base-url}).
 */
@Component
public class PlatformFeeds {

	private final List<PlatformFeed> feeds = new ArrayList<>();

	PlatformFeeds(AvailabilityProperties properties) {
		WebClient.Builder builder = WebClient.builder();
		for (Map.Entry<String, AvailabilityProperties.Feed> entry : properties.getFeeds().entrySet()) {
			if (entry.getValue().getBaseUrl() != null) {
				this.feeds.add(new HttpPlatformFeed(entry.getKey(), entry.getValue(), builder));
			}
		}
	}

	/**
	 * Every feed.
	 * @return the feeds
	 */
	public List<PlatformFeed> all() {
		return List.copyOf(this.feeds);
	}

	/**
	 * A feed by slug.
	 * @param slug the platform slug
	 * @return the feed
	 */
	public Optional<PlatformFeed> find(String slug) {
		return this.feeds.stream().filter((feed) -> feed.slug().equals(slug)).findFirst();
	}

}
