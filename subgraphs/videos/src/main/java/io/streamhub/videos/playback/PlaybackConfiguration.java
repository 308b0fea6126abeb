package io.streamhub.videos.playback;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;

import io.streamhub.videos.config.VideosProperties;
import io.streamhub.videos.storage.MediaStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The playback signer (from {@code videos.playback.secret}) and URL builder.
 */
@Configuration(proxyBeanMethods = false)
class PlaybackConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(PlaybackConfiguration.class);

	@Bean
	PlaybackSigner playbackSigner(VideosProperties properties) {
		String secret = properties.getPlayback().getSecret();
		if (StringUtils.hasText(secret)) {
			return new PlaybackSigner(secret.getBytes(StandardCharsets.UTF_8));
		}
		logger.warn("videos.playback.secret is not set: playback URLs are signed with a random key of this "
				+ "process and work only against it");
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		return new PlaybackSigner(random);
	}

	@Bean
	PlaybackUrls playbackUrls(PlaybackSigner playbackSigner, MediaStorage mediaStorage, VideosProperties properties,
			Clock clock) {
		return new PlaybackUrls(playbackSigner, mediaStorage, properties.getPlayback(), clock);
	}

}
