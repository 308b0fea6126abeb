package io.streamhub.media;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The media worker: consumes {@code jobs:transcode}, writes HLS renditions and a
 * thumbnail to S3 and reports on {@code events:media}. Serves only actuator health and
 * metrics (port 4020). Configuration lives in {@code media-worker.yml}
 * ({@code spring.config.name=media-worker}) so that several services can share one JVM.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MediaWorkerApplication {

	/**
	 * The builder every launcher uses (this class's {@code main} and {@code local/}).
	 * @return a builder with this service's sources and configuration name
	 */
	public static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(MediaWorkerApplication.class).properties("spring.config.name=media-worker");
	}

	public static void main(String[] args) {
		application().run(args);
	}

}
