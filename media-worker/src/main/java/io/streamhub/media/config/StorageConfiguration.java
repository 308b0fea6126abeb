package io.streamhub.media.config;

import java.net.URI;

import io.streamhub.media.storage.DefaultMediaStore;
import io.streamhub.media.storage.MediaStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The S3 client, from {@code media-worker.s3.*} (which default to {@code streamhub.s3.*},
 * the settings the embedded store and local/ provide, like the videos service).
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	@Bean(destroyMethod = "close")
	S3Client mediaWorkerS3Client(MediaWorkerProperties properties) {
		MediaWorkerProperties.S3 s3 = properties.getS3();
		var builder = S3Client.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.region(Region.of(s3.getRegion()))
			.credentialsProvider(credentials(s3))
			.serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(s3.isPathStyle()).build());
		if (StringUtils.hasText(s3.getEndpoint())) {
			builder.endpointOverride(URI.create(s3.getEndpoint()));
		}
		return builder.build();
	}

	@Bean
	MediaStore mediaStore(S3Client mediaWorkerS3Client) {
		return new DefaultMediaStore(mediaWorkerS3Client);
	}

	private static AwsCredentialsProvider credentials(MediaWorkerProperties.S3 s3) {
		if (StringUtils.hasText(s3.getAccessKey()) && StringUtils.hasText(s3.getSecretKey())) {
			return StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.getAccessKey(), s3.getSecretKey()));
		}
		return DefaultCredentialsProvider.builder().build();
	}

}
