package com.storyreel.story.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.storyreel.story.access.QuotaExceededException;
import com.storyreel.story.intake.StoryRequestRules.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Every error of the API as RFC 9457 problem details ({@code application/problem+json}). Request
 * problems carry an {@code errors} list, each naming the field.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    static final URI INVALID_REQUEST = URI.create("https://storyreel.dev/problems/invalid-request");
    static final URI NOT_FOUND = URI.create("https://storyreel.dev/problems/story-not-found");
    static final URI BATCH_NOT_FOUND = URI.create("https://storyreel.dev/problems/batch-not-found");
    static final URI CONFLICT = URI.create("https://storyreel.dev/problems/conflict");
    static final URI TOO_LARGE = URI.create("https://storyreel.dev/problems/body-too-large");
    static final URI TOO_MANY_REQUESTS = URI.create("https://storyreel.dev/problems/too-many-requests");

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException ex) {
        return invalid(ex.violations());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        // Jackson wraps the I/O error of the limited stream in its own exception.
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return tooLargeProblem(tooLarge);
            }
        }
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()
                && databind.getPath().getFirst().getPropertyName() != null) {
            return invalid(List.of(new Violation(field(databind.getPath()), "has the wrong type or format")));
        }
        String detail = cause instanceof JacksonException jackson ? jackson.getOriginalMessage() : "the body is missing or not JSON";
        return invalid(List.of(new Violation("body", "is not valid JSON: " + detail)));
    }

    /** The field as the rules name it: {@code sceneCount}, or {@code stories[3].sceneCount} inside a batch. */
    private static String field(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ProblemDetail tooLarge(BodyTooLargeException ex) {
        return tooLargeProblem(ex);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedType(HttpMediaTypeNotSupportedException ex) {
        return invalid(List.of(new Violation("body", "must be application/json (was " + ex.getContentType() + ")")));
    }

    @ExceptionHandler(StoryNotFoundException.class)
    ProblemDetail notFound(StoryNotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setType(NOT_FOUND);
        problem.setTitle("Story not found");
        return problem;
    }

    @ExceptionHandler(BatchNotFoundException.class)
    ProblemDetail batchNotFound(BatchNotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setType(BATCH_NOT_FOUND);
        problem.setTitle("Batch not found");
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
        problem.setType(CONFLICT);
        problem.setTitle(ex.title());
        if (ex.storyStatus() != null) {
            problem.setProperty("storyStatus", ex.storyStatus().name());
        }
        return problem;
    }

    /** 413, naming the field (the body) and the limit. */
    static ProblemDetail tooLargeProblem(BodyTooLargeException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, ex.field() + ": " + ex.getMessage());
        problem.setType(TOO_LARGE);
        problem.setTitle("Content too large");
        problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
        return problem;
    }

    @ExceptionHandler(QuotaExceededException.class)
    ResponseEntity<ProblemDetail> quotaExceeded(QuotaExceededException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
        problem.setType(TOO_MANY_REQUESTS);
        problem.setTitle("Too many requests");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds())).body(problem);
    }

    static ProblemDetail invalid(List<Violation> violations) {
        log.debug("Rejected request: {}", violations);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                String.join("; ", violations.stream().map(Violation::toString).toList()));
        problem.setType(INVALID_REQUEST);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", violations.stream()
                .map(v -> Map.of("field", v.field(), "message", v.message()))
                .toList());
        return problem;
    }
}
