package io.streamhub.availability.support;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * The platforms of the tests, started once per test JVM, and the feed configuration
 * pointing at them: {@code flixnet} (good, with a webhook), {@code brokenbox} (always
 * fails; its circuit opens after 2 failed calls), {@code slowtv} (holds requests when
 * told; 2 s timeout) and {@code tinyflix} (2 requests per hour).
 */
public final class FakePlatforms implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** The webhook secret of flixnet. */
	public static final String WEBHOOK_SECRET = "flixnet-webhook-secret";

	/** Answers from its catalogue. */
	public static final FakePlatform FLIXNET = new FakePlatform(FakePlatform.Mode.GOOD, "Bearer flixnet-token");

	/** Always 500. */
	public static final FakePlatform BROKENBOX = new FakePlatform(FakePlatform.Mode.FAILING, "");

	/** Holds requests when told to. */
	public static final FakePlatform SLOWTV = new FakePlatform(FakePlatform.Mode.SLOW, "Bearer slow-token");

	/** Rate limited to 2 requests an hour. */
	public static final FakePlatform TINYFLIX = new FakePlatform(FakePlatform.Mode.GOOD, "Bearer tiny-token");

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context, "availability.sync.enabled=false",
				"availability.feeds.flixnet.name=Flixnet", "availability.feeds.flixnet.base-url=" + FLIXNET.baseUrl(),
				"availability.feeds.flixnet.auth-value=Bearer flixnet-token",
				"availability.feeds.flixnet.webhook-secret=" + WEBHOOK_SECRET,
				"availability.feeds.brokenbox.base-url=" + BROKENBOX.baseUrl(),
				"availability.feeds.brokenbox.batch-size=1", "availability.feeds.brokenbox.minimum-calls=2",
				"availability.feeds.brokenbox.open-duration=1h", "availability.feeds.slowtv.name=Slow TV",
				"availability.feeds.slowtv.base-url=" + SLOWTV.baseUrl(),
				"availability.feeds.slowtv.auth-value=Bearer slow-token", "availability.feeds.slowtv.timeout=2s",
				"availability.feeds.tinyflix.base-url=" + TINYFLIX.baseUrl(),
				"availability.feeds.tinyflix.auth-value=Bearer tiny-token", "availability.feeds.tinyflix.batch-size=1",
				"availability.feeds.tinyflix.requests-per-period=2", "availability.feeds.tinyflix.refresh-period=1h",
				"availability.feeds.tinyflix.permit-wait=0s");
	}

}
