package vn.ngoaid.demo;

/** Loading stopped: a service answered something other than what the loader can accept, or could not be reached. */
final class LoadFailure extends RuntimeException {

    LoadFailure(String message) {
        super(message);
    }
}
