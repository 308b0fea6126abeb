package io.streamhub.videos;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The videos subgraph: video metadata, presigned uploads, processing state, renditions,
 * likes, views and playlists. Configuration lives in {@code videos.yml}
 * ({@code spring.config.name=videos}) so that several services can share one JVM.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class VideosApplication {

	/**
	 * The builder every launcher uses (this class's {@code main} and {@code local/}).
	 * @return a builder with this service's sources and configuration name
	 */
	public static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(VideosApplication.class).properties("spring.config.name=videos");
	}

	public static void main(String[] args) {
		application().run(args);
	}

}
