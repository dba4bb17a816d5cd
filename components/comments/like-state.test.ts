import { describe, expect, it } from "vitest";
import { initialLikeState, likeReducer, type LikeEvent, type LikeState } from "./like-state";

const run = (state: LikeState, ...events: LikeEvent[]) => events.reduce(likeReducer, state);
const start = initialLikeState({ liked: false, count: 4 });
const click: LikeEvent = { type: "click" };
const answer = (liked: boolean, count: number, isLatest = true): LikeEvent => ({
  type: "answer",
  result: { liked, count },
  isLatest,
});
const failed: LikeEvent = { type: "answer", result: null, isLatest: true };
const shared = (liked: boolean, count: number): LikeEvent => ({ type: "shared", like: { liked, count } });

describe("the like button's state", () => {
  it("flips at once and settles to the server's answer", () => {
    const clicked = run(start, click);
    expect(clicked).toMatchObject({ view: { liked: true, count: 5 }, isBusy: true });
    expect(run(clicked, answer(true, 9))).toMatchObject({ view: { liked: true, count: 9 }, isBusy: false });
  });

  it("lets only the latest of quick clicks settle the view", () => {
    const twice = run(start, click, click);
    expect(twice.view).toEqual({ liked: false, count: 4 });
    const firstAnswered = run(twice, answer(true, 5, false));
    expect(firstAnswered.view).toEqual({ liked: false, count: 4 }); // the second click is still in flight
    expect(run(firstAnswered, answer(false, 4)).view).toEqual({ liked: false, count: 4 });
  });

  it("brings back the last confirmed state when the click fails", () => {
    const liked = run(start, click, answer(true, 5));
    expect(run(liked, click, failed)).toMatchObject({ view: { liked: true, count: 5 }, isBusy: false });
  });

  it("adopts live counts, keeping this viewer's own like, but not while a click is in flight", () => {
    const liked = run(start, click, answer(true, 5));
    // The list's copy still says "not liked" (it predates the click); the count moves.
    const live = run(liked, shared(false, 7));
    expect(live.view).toEqual({ liked: true, count: 7 });
    expect(run(live, click, failed).view).toEqual({ liked: true, count: 7 }); // confirmed kept the own like
    const inFlight = run(live, click, shared(false, 8));
    expect(inFlight.view).toEqual({ liked: false, count: 6 });
    expect(run(inFlight, answer(false, 7)).view).toEqual({ liked: false, count: 7 });
  });

  it("never shows fewer than the viewer's own like while counts lag", () => {
    expect(initialLikeState({ liked: true, count: 0 }).view).toEqual({ liked: true, count: 1 });
    expect(run(start, click, answer(true, 0)).view).toEqual({ liked: true, count: 1 });
  });
});
