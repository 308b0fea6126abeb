/**
 * The graphql-transport-ws protocol: one {@code Connection} per socket, its messages and
 * close codes.
 */
@NullMarked
package io.streamhub.realtime.protocol;

import org.jspecify.annotations.NullMarked;
