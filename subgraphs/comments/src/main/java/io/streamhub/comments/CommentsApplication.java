package io.streamhub.comments;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The comments subgraph: threaded comments on videos, with a local projection of video
 * visibility fed by events:videos. Configuration lives in {@code comments.yml}
 * ({@code spring.config.name=comments}) so that several services can share one JVM.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CommentsApplication {

	/**
	 * The builder every launcher uses (this class's {@code main} and {@code local/}).
	 * @return a builder with this service's sources and configuration name
	 */
	public static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(CommentsApplication.class).properties("spring.config.name=comments");
	}

	public static void main(String[] args) {
		application().run(args);
	}

}
