package com.storyreel.localstack;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.channel.Channel;

/**
 * An H2 file backend that commits after every request instead of once a second, so a write the
 * server has acknowledged is in the file when the process is killed. A request that changed nothing
 * commits nothing, so reads cost no more.
 */
final class DurableH2Backend extends H2Backend {

    DurableH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document response = super.handleMessage(message);
        commit();
        return response;
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Document response = super.handleCommand(channel, database, command, query);
        commit();
        return response;
    }
}
