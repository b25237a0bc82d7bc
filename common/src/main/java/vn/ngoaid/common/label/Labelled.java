package vn.ngoaid.common.label;

/**
 * A value with a label in English and in Vietnamese, for people reading the API's codes: each enum of the API
 * implements it, so that its labels sit next to its values (see {@link LabelledEnums}).
 */
public interface Labelled {

    String english();

    String vietnamese();

    default String label(Language language) {
        return language == Language.VI ? vietnamese() : english();
    }
}
