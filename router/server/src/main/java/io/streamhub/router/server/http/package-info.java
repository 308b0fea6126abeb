/**
 * GraphQL over HTTP: request reading (POST JSON, GET parameters), content negotiation
 * between {@code application/graphql-response+json} and {@code application/json}, and
 * status codes.
 */
@NullMarked
package io.streamhub.router.server.http;

import org.jspecify.annotations.NullMarked;
