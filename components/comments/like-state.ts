// The like button's state, as a reducer: what it shows, what the server last confirmed,
// and whether a click of this viewer is in flight. Pure, so its rules are unit-tested.

export type Like = { liked: boolean; count: number };

export type LikeState = {
  /** What the button shows. */
  view: Like;
  /** The last state the server confirmed (an answer, or the comment as last received). */
  confirmed: Like;
  /** The comment's shared state as last received (props), to notice when it moves. */
  shared: Like;
  isBusy: boolean;
};

export type LikeEvent =
  /** This viewer clicked: flip at once. */
  | { type: "click" }
  /** The server answered a click (`result` null: it failed); only the latest click settles the view. */
  | { type: "answer"; result: Like | null; isLatest: boolean }
  /** The shared truth moved: a live count, or a fresh copy of the comment. */
  | { type: "shared"; like: Like };

/** A comment you like never shows fewer than your own one like. */
const shown = ({ liked, count }: Like): Like => ({ liked, count: Math.max(count, liked ? 1 : 0) });

export const initialLikeState = (like: Like): LikeState => ({
  view: shown(like),
  confirmed: like,
  shared: like,
  isBusy: false,
});

export function likeReducer(state: LikeState, event: LikeEvent): LikeState {
  switch (event.type) {
    case "click": {
      const liked = !state.view.liked;
      return { ...state, isBusy: true, view: { liked, count: Math.max(0, state.view.count + (liked ? 1 : -1)) } };
    }
    case "answer": {
      const confirmed = event.result ?? state.confirmed;
      if (!event.isLatest) return { ...state, confirmed }; // a newer click is in flight and will settle
      return { ...state, confirmed, isBusy: false, view: shown(confirmed) };
    }
    case "shared": {
      const { like } = event;
      // Whether this viewer likes it changes only when the server says so (`liked` itself
      // changed); while a click is in flight its answer is newer and settles the view.
      const hasLikedChanged = like.liked !== state.shared.liked;
      return {
        ...state,
        shared: like,
        confirmed: { liked: hasLikedChanged ? like.liked : state.confirmed.liked, count: like.count },
        view: state.isBusy
          ? state.view
          : shown({ liked: hasLikedChanged ? like.liked : state.view.liked, count: like.count }),
      };
    }
  }
}
