package fr.trouvaille.web;

/** A request parameter is missing or malformed; answered with 400 and the message. */
final class BadRequestException extends RuntimeException {
  BadRequestException(String message) {
    super(message);
  }
}
