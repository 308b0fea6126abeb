package io.streamhub.users;

import io.streamhub.platform.embedded.EmbeddedPostgres;
import io.streamhub.platform.embedded.EmbeddedRedis;
import io.streamhub.platform.test.SharedInfrastructure;

/**
 * Runs the users service alone on port 4001 against embedded PostgreSQL and Redis (for
 * trying it out with curl; not a test). Run from the test classpath of this module.
 */
public final class LocalUsersServer {

	private LocalUsersServer() {
	}

	public static void main(String[] args) {
		EmbeddedPostgres postgres = SharedInfrastructure.postgres();
		EmbeddedRedis redis = SharedInfrastructure.redis();
		String database = SharedInfrastructure.freshDatabase();
		UsersApplication.application()
			.properties("spring.r2dbc.url=" + postgres.r2dbcUrl(database),
					"spring.r2dbc.username=" + postgres.username(), "spring.r2dbc.password=" + postgres.password(),
					"spring.flyway.url=" + postgres.jdbcUrl(database), "spring.flyway.user=" + postgres.username(),
					"spring.flyway.password=" + postgres.password(), "spring.data.redis.host=" + redis.host(),
					"spring.data.redis.port=" + redis.port(), "users.bootstrap-admin=true")
			.run(args);
	}

}
