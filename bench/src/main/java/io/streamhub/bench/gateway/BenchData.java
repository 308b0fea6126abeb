package io.streamhub.bench.gateway;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The benchmark's fixed data set: 6 users, 9 products, 11 reviews. Every subgraph reads
 * only the slice it owns; ids are stable so that all gateways see identical responses.
 */
final class BenchData {

	static final List<User> USERS = List.of(new User("1", "Ada Lovelace", "ada", 1815),
			new User("2", "Alan Turing", "alan", 1912), new User("3", "Grace Hopper", "grace", 1906),
			new User("4", "Edsger Dijkstra", "edsger", 1930), new User("5", "Barbara Liskov", "barbara", 1939),
			new User("6", "Donald Knuth", "donald", 1938));

	static final List<Product> PRODUCTS = List.of(new Product("1", "Table", 899, 100, true),
			new Product("2", "Couch", 1299, 1000, false), new Product("3", "Chair", 54, 50, true),
			new Product("4", "Lamp", 35, 5, true), new Product("5", "Desk", 420, 120, false),
			new Product("6", "Shelf", 150, 80, true), new Product("7", "Bed", 1599, 900, true),
			new Product("8", "Rug", 210, 30, false), new Product("9", "Mirror", 75, 20, true));

	static final List<Review> REVIEWS = List.of(new Review("1", "Love it!", "1", "1"),
			new Review("2", "Too expensive.", "1", "2"), new Review("3", "Could be better.", "2", "3"),
			new Review("4", "Prefer something else.", "2", "1"), new Review("5", "Bright and cheap.", "3", "4"),
			new Review("6", "Sturdy enough.", "3", "5"), new Review("7", "Holds every book.", "4", "6"),
			new Review("8", "Sleeps like a dream.", "4", "7"), new Review("9", "Soft underfoot.", "5", "8"),
			new Review("10", "Shows the truth.", "5", "9"), new Review("11", "Wobbles a bit.", "6", "3"));

	private BenchData() {
	}

	static Optional<User> user(Object id) {
		return USERS.stream().filter((user) -> user.id().equals(id)).findFirst();
	}

	static Optional<Product> product(Object upc) {
		return PRODUCTS.stream().filter((product) -> product.upc().equals(upc)).findFirst();
	}

	static Optional<Review> review(Object id) {
		return REVIEWS.stream().filter((review) -> review.id().equals(id)).findFirst();
	}

	record User(String id, String name, String username, int birthday) {

		Map<String, Object> toMap() {
			return Map.of("__typename", "User", "id", this.id, "name", this.name, "username", this.username, "birthday",
					this.birthday);
		}

	}

	record Product(String upc, String name, int price, int weight, boolean inStock) {

		Map<String, Object> toMap() {
			return Map.of("__typename", "Product", "upc", this.upc, "name", this.name, "price", this.price, "weight",
					this.weight);
		}

	}

	record Review(String id, String body, String authorId, String productUpc) {

		Map<String, Object> toMap() {
			return Map.of("__typename", "Review", "id", this.id, "body", this.body, "authorId", this.authorId,
					"productUpc", this.productUpc);
		}

	}

}
