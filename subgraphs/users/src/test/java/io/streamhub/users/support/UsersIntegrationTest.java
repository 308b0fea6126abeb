package io.streamhub.users.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.streamhub.platform.test.EmbeddedInfrastructure;
import io.streamhub.users.UsersApplication;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;

/**
 * The users service on a random port, on real PostgreSQL and Redis (one shared context
 * and database for every class with this annotation). Clients pick their address with
 * {@code X-Forwarded-For} (trusted here) so rate limits do not leak between tests. The
 * follower fan-out runs in batches of 10 and stops at 30 followers, so tests reach both.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = UsersApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=users", "users.trust-forwarded-for=true",
				"users.notifications.fan-out-batch-size=10", "users.notifications.max-fan-out=30" })
@EmbeddedInfrastructure(schema = "users", tokens = false, countSql = true)
@AutoConfigureWebTestClient(timeout = "30s")
@Import(TestSupportConfiguration.class)
public @interface UsersIntegrationTest {

}
