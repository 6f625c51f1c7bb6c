package com.storyreel.story.api;

/** No batch has this id, or not one the caller may see; answered with 404. */
class BatchNotFoundException extends RuntimeException {

    BatchNotFoundException(String batchId) {
        super("No batch with id " + batchId);
    }
}
