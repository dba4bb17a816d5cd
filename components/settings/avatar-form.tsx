"use client";

import { callApi, useApiError, type ApiResult } from "@/components/ui/api";
import { Avatar } from "@/components/ui/avatar";
import { ImageFileButton } from "@/components/ui/image-file-button";
import { buttonPrimary, buttonQuiet, errorText } from "@/components/ui/styles";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";

const MAX_BYTES = 5 * 1024 * 1024;
const SIZE = 96;

/**
 * The avatar: pick an image, see it as it will be kept (the centre square, as the server crops
 * it), then save it or cancel; or remove the current one.
 */
export function AvatarForm({ user }: { user: { id: string; name: string; avatarUrl: string | null } }) {
  const t = useTranslations("settings.avatar");
  const describe = useApiError();
  const router = useRouter();
  const id = useId();
  const [avatarUrl, setAvatarUrl] = useState(user.avatarUrl);
  // The chosen file and its object URL for the preview, released when replaced.
  const [chosen, setChosen] = useState<{ file: File; url: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [isPending, setPending] = useState(false);

  const file = chosen?.file ?? null;
  function setFile(next: File | null) {
    if (chosen) URL.revokeObjectURL(chosen.url);
    setChosen(next && { file: next, url: URL.createObjectURL(next) });
  }

  function pick(picked: File | undefined) {
    setStatus("");
    setError(null);
    if (!picked) return;
    if (picked.size > MAX_BYTES) return setError(t("tooLarge"));
    setFile(picked);
  }

  async function send(request: () => Promise<ApiResult<{ avatarUrl: string | null }>>, done: string) {
    setPending(true);
    setError(null);
    const res = await request();
    setPending(false);
    if (!res.ok) return setError(t("failed", { reason: describe(res) }));
    setAvatarUrl(res.data.avatarUrl);
    setFile(null);
    setStatus(done);
    router.refresh(); // the header shows the new photo
  }

  function save() {
    if (!file) return;
    const form = new FormData();
    form.append("file", file);
    void send(() => callApi("/api/me/avatar", "POST", form), t("savedPhoto"));
  }

  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
      {chosen ? (
        // eslint-disable-next-line @next/next/no-img-element -- a local file, before it is uploaded
        <img
          src={chosen.url}
          alt={t("preview")}
          width={SIZE}
          height={SIZE}
          className="shrink-0 rounded-full border border-line object-cover"
          style={{ width: SIZE, height: SIZE }}
        />
      ) : (
        <span role="img" aria-label={t("current")} className="shrink-0">
          <Avatar id={user.id} name={user.name} url={avatarUrl} size={SIZE} />
        </span>
      )}
      <div className="min-w-0 space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <ImageFileButton id={id} onPick={pick} disabled={isPending}>
            {file || avatarUrl ? t("chooseOther") : t("choose")}
          </ImageFileButton>
          {file && (
            <>
              <button type="button" className={buttonPrimary} disabled={isPending} onClick={save}>
                {t("save")}
              </button>
              <button type="button" className={buttonQuiet} disabled={isPending} onClick={() => setFile(null)}>
                {t("cancel")}
              </button>
            </>
          )}
          {!file && avatarUrl && (
            <button
              type="button"
              className={buttonQuiet}
              disabled={isPending}
              onClick={() => void send(() => callApi("/api/me", "PATCH", { avatarUrl: null }), t("removed"))}
            >
              {t("remove")}
            </button>
          )}
        </div>
        <p id={`${id}-hint`} className="text-xs text-muted">
          {t("hint")}
        </p>
        {error && (
          <p role="alert" className={errorText}>
            {error}
          </p>
        )}
        <p role="status" className="text-sm text-muted empty:hidden">
          {status}
        </p>
      </div>
    </div>
  );
}
