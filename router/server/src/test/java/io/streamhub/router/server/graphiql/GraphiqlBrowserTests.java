package io.streamhub.router.server.graphiql;

import java.io.File;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.streamhub.platform.test.TestTokens;
import io.streamhub.router.server.RunningRouter;
import io.streamhub.router.server.TestSubgraphs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL in headless Chromium (Debian's chromium and chromium-driver): the page loads
 * with no internet (assets from the jar), the admin signs in through {@code login}, runs
 * a query spanning both subgraphs and sees the result. Skipped where Chromium is not
 * installed.
 */
@EnabledIf("chromiumInstalled")
class GraphiqlBrowserTests {

	private static final String CHROMIUM = "/usr/bin/chromium";

	private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	private static TestSubgraphs subgraphs;

	private static RunningRouter router;

	static boolean chromiumInstalled() {
		return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
	}

	@BeforeAll
	static void start() {
		subgraphs = TestSubgraphs.start();
		router = RunningRouter.start(subgraphs, "--router.jwt.jwks-url=" + TestTokens.shared().jwksUrl());
	}

	@AfterAll
	static void stop() {
		router.close();
		subgraphs.close();
	}

	@Test
	void pageIsServedWithSecurityHeadersAndBundledAssets() {
		HttpResponse<String> page = router.send(HttpRequest.newBuilder(router.uri("/graphiql")).GET());
		HttpResponse<String> bundle = router
			.send(HttpRequest.newBuilder(router.uri("/webjars/graphiql/2.4.7/graphiql.min.js")).GET());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'"));
		assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(page.body()).doesNotContain("https://");
		assertThat(bundle.statusCode()).isEqualTo(200);
	}

	@Test
	void adminSignsInAndRunsAQuerySpanningTwoSubgraphs() {
		String query = "{ users { name posts { title } } }";
		WebDriver browser = browser();
		try {
			browser.get(router.uri("/graphiql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).toString());
			WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
			wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".graphiql-execute-button")));

			browser.findElement(By.id("username")).sendKeys(TestSubgraphs.ADMIN);
			browser.findElement(By.id("password")).sendKeys(TestSubgraphs.ADMIN_PASSWORD);
			browser.findElement(By.id("signin-button")).click();
			wait.until(ExpectedConditions.textToBe(By.id("signin-status"), "Signed in as " + TestSubgraphs.ADMIN));
			wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".graphiql-execute-button"))).click();

			wait.until(
					ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".result-window"), "Post of 2"));
			assertThat(browser.findElement(By.cssSelector(".result-window")).getText()).contains("Ada")
				.contains("Post of 1");
		}
		finally {
			browser.quit();
		}
	}

	private static WebDriver browser() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run",
				"--window-size=1400,900");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

}
