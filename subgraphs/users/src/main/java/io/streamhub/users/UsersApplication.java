package io.streamhub.users;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The users subgraph: accounts, JWT issuing and JWKS, profiles, follows and
 * notifications. Configuration lives in {@code users.yml}
 * ({@code spring.config.name=users}) so that several services can share one JVM.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class UsersApplication {

	/** The fixed local port of the users subgraph. */
	public static final int DEFAULT_PORT = 4001;

	/**
	 * The builder every launcher uses (this class's {@code main} and {@code local/}).
	 * Connection settings are default properties (lowest precedence): override them with
	 * {@code .properties(...)} on the returned builder, environment variables or
	 * arguments.
	 * @return a builder with this service's sources, configuration name and local
	 * defaults
	 */
	public static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(UsersApplication.class).properties("spring.config.name=users",
				"server.port=" + DEFAULT_PORT, "spring.r2dbc.url=r2dbc:postgresql://localhost:5432/streamhub",
				"spring.r2dbc.username=streamhub", "spring.r2dbc.password=streamhub",
				"spring.flyway.url=jdbc:postgresql://localhost:5432/streamhub", "spring.flyway.user=streamhub",
				"spring.flyway.password=streamhub", "spring.data.redis.host=localhost", "spring.data.redis.port=6379");
	}

	public static void main(String[] args) {
		application().run(args);
	}

}
