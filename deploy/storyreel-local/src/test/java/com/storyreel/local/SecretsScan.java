package com.storyreel.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;

/**
 * Everything StoryReel wrote that anyone but a vendor could read: the log file, every record of every
 * Kafka topic (values and headers), every stored document, and the gateway's answers. A test looks
 * for its keys in all of it.
 */
final class SecretsScan {

    private final List<Place> places = new ArrayList<>();

    /** Where a piece of text was found, for a readable failure. */
    record Place(String where, String text) {
    }

    static SecretsScan of(LocalServices services, Path logFile, Collection<String> gatewayPaths) {
        SecretsScan scan = new SecretsScan();
        scan.readLog(logFile);
        scan.readTopics(services.kafkaBootstrapServers());
        scan.readDocuments(services.mongoConnectionString());
        scan.readGateway(services.gatewayUrl(), gatewayPaths);
        return scan;
    }

    /** The places whose text contains {@code secret}. */
    List<String> placesContaining(String secret) {
        return places.stream().filter(place -> place.text().contains(secret)).map(Place::where).toList();
    }

    /** How many places were read, by kind: a scan that read nothing proves nothing. */
    long count(String kind) {
        return places.stream().filter(place -> place.where().startsWith(kind)).count();
    }

    private void readLog(Path logFile) {
        try {
            places.add(new Place("log " + logFile, Files.readString(logFile)));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void readTopics(String bootstrapServers) {
        for (TopicContents.Record record : TopicContents.read(bootstrapServers, TopicContents.topics(bootstrapServers))) {
            places.add(new Place("record " + record.topic() + "/" + record.partition() + "@" + record.offset(), record.text()));
        }
    }

    private void readDocuments(String connectionString) {
        try (MongoClient mongo = MongoClients.create(connectionString)) {
            for (String database : mongo.listDatabaseNames()) {
                for (String collection : mongo.getDatabase(database).listCollectionNames()) {
                    for (Document document : mongo.getDatabase(database).getCollection(collection).find()) {
                        places.add(new Place("document " + database + "." + collection + "/" + document.get("_id"),
                                document.toJson()));
                    }
                }
            }
        }
    }

    private void readGateway(String gatewayUrl, Collection<String> paths) {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : paths) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gatewayUrl + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                places.add(new Place("response GET " + path, response.headers().map() + "\n" + response.body()));
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        }
    }
}
