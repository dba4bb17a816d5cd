"use client";

import { buttonQuiet } from "@/components/ui/styles";
import type { DraggableAttributes, DraggableSyntheticListeners } from "@dnd-kit/core";
import type { useSortable } from "@dnd-kit/sortable";
import { useTranslations } from "next-intl";

/** The style a sortable item moves with while dragged. */
export const dragStyle = ({
  transform,
  transition,
}: Pick<ReturnType<typeof useSortable>, "transform" | "transition">) => ({
  transform: transform ? `translate3d(${Math.round(transform.x)}px, ${Math.round(transform.y)}px, 0)` : undefined,
  transition,
});

/** The grip that starts a drag, with the mouse or with Space / Enter and the arrow keys. */
export function DragHandle({
  label,
  setRef,
  attributes,
  listeners,
}: {
  label: string;
  setRef: (node: HTMLElement | null) => void;
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
}) {
  return (
    <button
      type="button"
      ref={setRef}
      {...attributes}
      {...listeners}
      aria-label={label}
      className="flex h-8 w-6 shrink-0 cursor-grab touch-none items-center justify-center rounded text-muted hover:bg-black/5 hover:text-ink active:cursor-grabbing"
    >
      <svg aria-hidden="true" viewBox="0 0 10 16" className="h-4 w-2.5 fill-current">
        {[2, 8, 14].flatMap((y) => [2, 8].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.5" />))}
      </svg>
    </button>
  );
}

/** Visible "Move up" / "Move down" buttons: the keyboard way to reorder, obvious to everyone. */
export function MoveButtons({
  id,
  title,
  canUp,
  canDown,
  onMove,
}: {
  id: string;
  title: string;
  canUp: boolean;
  canDown: boolean;
  onMove: (direction: -1 | 1) => void;
}) {
  const t = useTranslations("workspace.outline");
  return (
    <span className="flex shrink-0">
      {([-1, 1] as const).map((direction) => (
        <button
          key={direction}
          type="button"
          data-move-for={id}
          data-move={direction < 0 ? "up" : "down"}
          disabled={direction < 0 ? !canUp : !canDown}
          onClick={() => onMove(direction)}
          aria-label={t(direction < 0 ? "moveUp" : "moveDown", { title })}
          title={t(direction < 0 ? "moveUpShort" : "moveDownShort")}
          className={`${buttonQuiet} h-8 w-8 justify-center disabled:opacity-30`}
        >
          <span aria-hidden="true">{direction < 0 ? "↑" : "↓"}</span>
        </button>
      ))}
    </span>
  );
}
